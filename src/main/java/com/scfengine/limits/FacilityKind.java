package com.scfengine.limits;

/**
 * Whose risk a facility limits: the borrower, a buyer (debtor), an anchor's programme, a bank (a guarantor or
 * issuing bank), or a country: the bank's appetite for all risk in one country, set on the bank's own enterprise
 * with {@code country} and held whatever the party.
 */
public enum FacilityKind { OBLIGOR, DEBTOR, PROGRAMME, BANK, COUNTRY }
