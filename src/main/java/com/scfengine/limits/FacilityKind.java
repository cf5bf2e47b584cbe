package com.scfengine.limits;

/** Whose risk a facility limits: the borrower, a buyer (debtor), an anchor's programme, or a bank/country. */
public enum FacilityKind { OBLIGOR, DEBTOR, PROGRAMME, BANK }
