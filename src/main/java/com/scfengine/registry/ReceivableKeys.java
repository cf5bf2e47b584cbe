package com.scfengine.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How the registry recognises a receivable. The <b>key</b> is seller, buyer and number compared without
 * case, spaces or punctuation ("INV 2026/0001" = "inv-2026-0001"). The <b>fingerprint</b> is a SHA-256
 * of the content (amount, currency, dates, parties) — one-way, so it can be shared with an external
 * registry without revealing the document; the same fingerprint under another number is a near-duplicate. The
 * <b>number fingerprint</b> is a SHA-256 of the key: with it the external registry tells the same receivable (same
 * number) from a near-duplicate without learning the number.
 */
final class ReceivableKeys {

  private ReceivableKeys() {}

  public static String normalise(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  public static String key(String sellerId, String buyerId, String number) {
    return normalise(sellerId) + "|" + normalise(buyerId) + "|" + normalise(number);
  }

  public static String fingerprint(String sellerId, String buyerId, BigDecimal amount, String currency,
      LocalDate issueDate, LocalDate dueDate) {
    return sha256(String.join("|", normalise(sellerId), normalise(buyerId),
        amount.stripTrailingZeros().toPlainString(), currency.toUpperCase(Locale.ROOT),
        String.valueOf(issueDate), String.valueOf(dueDate)));
  }

  /** The one-way fingerprint of a {@link #key}: parties and number, never the content. */
  public static String numberFingerprint(String key) {
    return sha256("number|" + key);
  }

  private static String sha256(String canonical) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
