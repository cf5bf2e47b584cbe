/**
 * The SWIFT MT messages of documentary letters of credit, written and read with Prowide Core: the issue of a credit
 * (MT700 with its MT701 continuations), its amendment (MT707), the refusal of a presentation (MT734) and the advice
 * of discrepancies (MT750), each as a record of the terms it carries ({@link com.scfengine.swift.SwiftMessages}).
 * Every message written and every message read passes {@link com.scfengine.swift.SwiftRules}, the network
 * validation rules of the SR2024 standard that the engine relies on, so the engine never sends a message the network
 * would refuse and never acts on one it cannot read completely.
 */
@ApplicationModule(displayName = "SWIFT messages")
package com.scfengine.swift;

import org.springframework.modulith.ApplicationModule;
