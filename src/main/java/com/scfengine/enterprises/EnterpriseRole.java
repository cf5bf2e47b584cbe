package com.scfengine.enterprises;

/** What an enterprise is to the bank. */
public enum EnterpriseRole { SME, CORE_ENTERPRISE, BANK }
