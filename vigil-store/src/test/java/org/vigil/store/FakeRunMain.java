package org.vigil.store;

import org.vigil.store.cli.RunCommand;
import org.vigil.store.cli.StoreMain;
import picocli.CommandLine;

/** {@code vigil run} with the {@link FakeExtractor}, started as a real process by the crash test. */
public final class FakeRunMain {
  private FakeRunMain() {}

  public static void main(String[] args) {
    System.exit(StoreMain.run(new CommandLine(new RunCommand(FakeExtractor::new)), args));
  }
}
