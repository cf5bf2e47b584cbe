package com.scfengine.documents;

/** Answer of the external registry: ACCEPTED, or ALREADY_REGISTERED by another bank or reference. */
record RegistryResult(boolean accepted, String registeredBy) {}
