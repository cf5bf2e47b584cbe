package com.scfengine.documents;

/**
 * A registration with the shared external registry: the receivable's content fingerprint, the fingerprint of its
 * parties and number (so the registry tells the same receivable from a near-duplicate), the registering institution
 * (the bank's BIC, {@code scf.documents.registry.institution}) and its reference (the application id). One-way hashes
 * only, never the document.
 */
record RegistryEntry(String fingerprint, String numberFingerprint, String institution, String reference) {}
