package com.scfengine.swift;

import com.prowidesoftware.swift.utils.SwiftFormatUtils;
import com.scfengine.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured narratives of refusals and advices: discrepancies in 77J, one paragraph each, starting with '+' on
 * a new line; and charges in 71D or 73A as {@code /CODE/} followed by currency and amount (e.g.
 * {@code /COMM/USD150,}).
 */
final class Narratives {

  /** The charge code the engine uses: commission, what a discrepancy or refusal fee is. */
  private static final String CHARGE_CODE = "COMM";

  private static final Pattern CHARGE = Pattern.compile("/[A-Z0-9]{1,8}/([A-Z]{3})(\\d+,\\d*).*");

  private Narratives() {}

  /** 77J lines: each discrepancy one paragraph starting with '+', 50 characters wide, 70 lines in all. */
  static List<String> discrepancyLines(List<String> discrepancies, Draft draft) {
    if (discrepancies == null || discrepancies.isEmpty()) {
      draft.problem("77J", "names no discrepancy");
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String discrepancy : discrepancies) {
      if (discrepancy == null || discrepancy.isBlank()) {
        draft.problem("77J", "a discrepancy is empty");
      } else {
        String paragraph = "+" + discrepancy.replaceAll("\\s*\\R\\s*", " ").strip();
        lines.addAll(Texts.wrap(paragraph, 50, 50, Texts.NEVER_AT_LINE_START + "+"));
      }
    }
    return draft.checked("77J", lines, 70, 50, 'z');
  }

  /**
   * 77J back to its discrepancies: a line starting with '+' starts one, the next lines continue it. A 77J without
   * '+' is one discrepancy, its lines kept.
   */
  static List<String> discrepancies(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).startsWith("+")) {
      return List.of(Texts.plain(lines));
    }
    List<String> discrepancies = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      if (line.startsWith("+")) {
        if (current != null) {
          discrepancies.add(current.toString());
        }
        current = new StringBuilder(line.substring(1));
      } else {
        current.append(' ').append(line);
      }
    }
    discrepancies.add(current.toString());
    return discrepancies;
  }

  /** Charges as one structured narrative line: /COMM/ with currency and amount. */
  static String charges(String currency, BigDecimal amount) {
    return "/" + CHARGE_CODE + "/" + currency + SwiftFormatUtils.getNumber(amount);
  }

  /**
   * The sum of the charges in a 71D or 73A, each a line of /CODE/ with currency and amount; null with a problem when
   * there is none the engine can read, or one in another currency or with too many decimals.
   */
  static BigDecimal chargesAmount(String tag, List<String> lines, String currency, List<SwiftProblem> problems) {
    BigDecimal sum = null;
    for (String line : lines) {
      Matcher matcher = CHARGE.matcher(line);
      if (!matcher.matches()) {
        continue;
      }
      BigDecimal amount = SwiftFormatUtils.getBigDecimal(matcher.group(2));
      if (!matcher.group(1).equals(currency)) {
        problems.add(new SwiftProblem(tag, "charges in " + matcher.group(1) + ", the message is in " + currency));
      } else if (amount == null || amount.stripTrailingZeros().scale() > Money.scale(currency)) {
        problems.add(new SwiftProblem(tag, "charge " + matcher.group(2) + " is not an amount in " + currency));
      } else {
        sum = sum == null ? amount : sum.add(amount);
      }
    }
    if (sum == null && problems.stream().noneMatch(problem -> problem.tag().equals(tag))) {
      problems.add(new SwiftProblem(tag, "gives no charge as /CODE/ with currency and amount, which is all the"
          + " engine reads"));
    }
    return sum == null ? null : Money.exact(sum, currency);
  }
}
