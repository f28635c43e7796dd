package dev.talksbot.net;

import java.io.IOException;

/**
 * A host resolved to an address outside what outbound fetches may reach. The message is the same
 * for every refusal (it is shown to users and admins); {@link #category()} says which rule refused
 * it, for the operator's log.
 */
public final class AddressNotAllowedException extends IOException {
  /** The text a user or admin sees: nothing about what the address is or what listens there. */
  public static final String MESSAGE = "that address is not allowed";

  private final String category;

  public AddressNotAllowedException(String category) {
    super(MESSAGE);
    this.category = category;
  }

  /** Which rule refused the address, e.g. "loopback" or "private (site-local)". */
  public String category() {
    return category;
  }
}
