package com.scfengine.registry;

/** PENDING while an application runs, FINANCED once money went out, SETTLED when paid, RELEASED on rejection. */
public enum ReceivableState { PENDING, FINANCED, SETTLED, RELEASED }
