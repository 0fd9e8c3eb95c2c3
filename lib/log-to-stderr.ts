/**
 * Imported first by command-line scripts, before the logger: their own
 * output goes to standard output, so logs go to standard error.
 */
process.env.LOG_DESTINATION ??= "stderr";
