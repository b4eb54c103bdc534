package org.vigil.model;

import java.util.Objects;

/**
 * Thrown by a stage when an input is bad (empty, binary, undecodable, too large, no text): the input is recorded as
 * rejected with the stage and the reason, and a batch carries on.
 */
public final class RejectedException extends Exception {
  private final Stage stage;
  private final String reason;

  /**
   * @param stage where the input was rejected
   * @param reason a short machine-readable reason ({@code empty}, {@code binary}, {@code invalid-encoding},
   *     {@code too-large}, {@code no-text}, …)
   * @param message one human-readable line
   */
  public RejectedException(Stage stage, String reason, String message) {
    super(message);
    this.stage = Objects.requireNonNull(stage);
    this.reason = Objects.requireNonNull(reason);
  }

  public Stage stage() {
    return stage;
  }

  public String reason() {
    return reason;
  }
}
