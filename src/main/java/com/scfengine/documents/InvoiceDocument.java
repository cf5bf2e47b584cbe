package com.scfengine.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the platform needs to know of an invoice to check it. */
record InvoiceDocument(String sellerId, String buyerId, String invoiceNumber, BigDecimal amount,
    String currency, LocalDate issueDate, LocalDate dueDate) {}
