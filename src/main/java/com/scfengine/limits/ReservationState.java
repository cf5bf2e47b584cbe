package com.scfengine.limits;

/** RESERVED: held for an application; CONSUMED: drawn by a disbursement; RELEASED: given back. */
enum ReservationState { RESERVED, CONSUMED, RELEASED }
