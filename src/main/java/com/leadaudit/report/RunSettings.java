package com.leadaudit.report;

import java.util.Map;

/** The effective settings, as the Run sheet lists them. */
public interface RunSettings {

    Map<String, String> describe();
}
