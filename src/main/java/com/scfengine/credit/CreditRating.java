package com.scfengine.credit;

import java.math.BigDecimal;

/**
 * A rating: grade on the bank's scale (AAA, AA, A, BBB, BB, B, CCC, D), probability of default
 * (0..1) and where it came from.
 */
record CreditRating(String enterpriseId, String grade, BigDecimal probabilityOfDefault, String source) {}
