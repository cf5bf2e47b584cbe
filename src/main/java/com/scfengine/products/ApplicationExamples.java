package com.scfengine.products;

/**
 * The request bodies of {@code POST /api/products/{code}/applications} for each shipped product, as the API description
 * shows them; each example is named after its product's code. They use the demo enterprises, and their dates are
 * written from today when the description is read ({@code {{today+60}}}).
 */
final class ApplicationExamples {

  static final String FACTORING = """
      { "sellerId": "SME-001", "buyerId": "BUY-001", "invoiceNumber": "INV-2026-0001",
        "invoiceAmount": 100000.00, "currency": "USD", "issueDate": "{{today-5}}",
        "dueDate": "{{today+60}}", "requestedAmount": 80000.00, "recourse": true,
        "disclosed": true, "customsDeclaration": "CED-2026-0001", "buyerDebitMandate": false }""";

  static final String FORFAITING = """
      { "exporterId": "SME-001", "importerId": "BUY-002", "guarantorBankId": "BANK-002", "guaranteeType": "AVAL",
        "currency": "USD", "method": "STRAIGHT_DISCOUNT",
        "instruments": [ { "number": "BE-1", "kind": "BILL_OF_EXCHANGE", "faceAmount": 250000.00,
                           "issueDate": "{{today-4}}", "maturityDate": "{{today+212}}" } ] }""";

  static final String IMPORT_LC = """
      { "applicantId": "SME-001",
        "beneficiary": { "name": "PACIFIC WIDGETS CO LTD", "address": "1 HARBOUR ROAD, LOS ANGELES",
                         "country": "US" },
        "advisingBankBic": "BKCHCNBJ", "currency": "USD", "amount": "40000.00",
        "tolerancePlus": 5, "toleranceMinus": 5, "expiryDate": "{{today+60}}", "expiryPlace": "HONG KONG",
        "availableBy": "PAYMENT", "partialShipments": "NOT_ALLOWED", "transhipment": "ALLOWED",
        "goods": "10000 WIDGETS MODEL W-1, CIF SHENZHEN",
        "documentsRequired": [ "SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
                               "FULL SET OF CLEAN ON BOARD BILLS OF LADING", "PACKING LIST IN DUPLICATE" ],
        "additionalConditions": [], "confirmation": "WITHOUT" }""";

  static final String PO_FINANCE = """
      { "applicantId": "SME-001", "counterpartyId": "CORE-001", "instrumentNumber": "PO-CORE-001-0417",
        "faceAmount": "80000.00", "requestedAmount": "40000.00", "currency": "USD",
        "issueDate": "{{today-1}}", "expectedInvoiceDate": "{{today+40}}", "dueDate": "{{today+90}}" }""";

  private ApplicationExamples() {}
}
