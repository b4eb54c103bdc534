package org.vigil.model;

import java.util.List;

/** What produced a record: Vigil's version and the models used. */
public record Provenance(String pipelineVersion, List<String> models) {
  public Provenance {
    models = List.copyOf(models);
  }
}
