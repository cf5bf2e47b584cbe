package com.scfengine.registry;

/** What is being financed. */
public enum ReceivableKind { INVOICE, BILL_OF_EXCHANGE, PROMISSORY_NOTE, LC_CLAIM, PURCHASE_ORDER, WAREHOUSE_RECEIPT }
