package com.scfengine.swift;

import com.prowidesoftware.swift.model.SwiftBlock2;
import com.prowidesoftware.swift.model.SwiftBlock2Input;
import com.prowidesoftware.swift.model.SwiftBlock2Output;
import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A FIN text parsed with Prowide and checked: the message, its type when the engine handles it, and every problem
 * {@link SwiftRules} finds in it.
 */
record ReceivedFin(SwiftMessage message, MessageType type, List<SwiftProblem> problems) {

  /** The end of the text block: a line holding only '-' before the block's closing brace. */
  private static final java.util.regex.Pattern TEXT_BLOCK_END = java.util.regex.Pattern.compile("\\R-}");

  static ReceivedFin parse(String fin) {
    List<SwiftProblem> problems = new ArrayList<>();
    if (fin == null || fin.isBlank()) {
      problems.add(new SwiftProblem("message", "is empty"));
      return new ReceivedFin(null, null, problems);
    }
    SwiftMessage message;
    try {
      message = SwiftMessage.parse(fin);
    } catch (IOException | RuntimeException e) {
      problems.add(new SwiftProblem("message", "is not a SWIFT FIN message: " + e.getMessage()));
      return new ReceivedFin(null, null, problems);
    }
    if (message.getBlock1() == null || message.getBlock2() == null || message.getBlock4() == null) {
      problems.add(new SwiftProblem("message",
          "is not a SWIFT FIN message: it needs a basic header {1:}, an application header {2:} and a text {4:}"));
      return new ReceivedFin(message, null, problems);
    }
    if (message.getUnparsedTextsSize() > 0) {
      problems.add(new SwiftProblem("message", "has text outside its blocks"));
    }
    if (!TEXT_BLOCK_END.matcher(fin.substring(Math.max(0, fin.indexOf("{4:")))).find()) {
      problems.add(new SwiftProblem("block 4", "does not end with a line '-}': the message is cut short"));
    }
    addressProblem(message.getBlock1().getLogicalTerminal(), "block 1", problems);
    addressProblem(block2Address(message.getBlock2()), "block 2", problems);
    MessageType type = MessageType.of(message.getType()).orElse(null);
    if (type == null) {
      String found = message.getType() == null ? "a message without a type" : "MT" + message.getType();
      problems.add(new SwiftProblem("block 2", found
          + " is not one of the letter-of-credit messages MT700, MT701, MT707, MT734, MT750"));
    } else {
      problems.addAll(type.check(message.getBlock4().getTags()));
    }
    return new ReceivedFin(message, type, problems);
  }

  /** The other bank's address in block 2: the receiver of an input message, the sender of an output message. */
  private static String block2Address(SwiftBlock2 block2) {
    if (block2 instanceof SwiftBlock2Input input) {
      return input.getReceiverAddress();
    }
    return block2 instanceof SwiftBlock2Output output ? output.getMIRLogicalTerminal() : null;
  }

  /** A logical terminal address: BIC8, terminal code, branch (XXX for none), 12 characters. */
  private static void addressProblem(String address, String block, List<SwiftProblem> problems) {
    if (address == null || address.length() != 12) {
      problems.add(new SwiftProblem(block, "address '" + (address == null ? "" : address)
          + "' is not a 12-character logical terminal address (BIC8, terminal code, branch)"));
      return;
    }
    String bic = address.substring(0, 8) + address.substring(9);
    if (!SwiftRules.isBic(bic) || !Character.isLetterOrDigit(address.charAt(8))) {
      problems.add(new SwiftProblem(block, "address " + address + " does not hold a valid BIC"));
    }
  }

  /** The BIC in a logical terminal address: BIC8 for the main office (branch XXX), else BIC11. */
  static String bic(String address) {
    if (address == null || address.length() != 12) {
      return address;
    }
    String branch = address.substring(9);
    return address.substring(0, 8) + ("XXX".equals(branch) ? "" : branch);
  }

  /** The value of a field, lines separated by LF, or null when the message does not have it. */
  String value(String tag) {
    String value = message.getBlock4().getTagValue(tag);
    return value == null ? null : Texts.plain(Texts.finLines(value));
  }

  /** The lines of a field, empty when the message does not have it. */
  List<String> lines(String tag) {
    return Texts.finLines(message.getBlock4().getTagValue(tag));
  }

  boolean has(String tag) {
    return message.getBlock4().getTagValue(tag) != null;
  }

  /** A problem for each field the engine's record has no place for: reading on would lose it. */
  List<SwiftProblem> notCarried(Set<String> carried, String record) {
    List<SwiftProblem> problems = new ArrayList<>();
    for (Tag tag : message.getBlock4().getTags()) {
      if (!carried.contains(tag.getName())) {
        problems.add(new SwiftProblem(tag.getName(), "is not carried by the engine's " + record
            + "; reading the message would lose it"));
      }
    }
    return problems;
  }

  /** The message must be of the expected type. */
  List<SwiftProblem> problemsAs(MessageType expected) {
    List<SwiftProblem> all = new ArrayList<>(problems);
    if (type != null && type != expected) {
      all.add(0, new SwiftProblem("block 2", "the message is an " + type + ", not an " + expected));
    }
    return all;
  }

  /** The sender's BIC. */
  String senderBic() {
    return bic(message.getSender());
  }

  /** The receiver's BIC. */
  String receiverBic() {
    return bic(message.getReceiver());
  }
}
