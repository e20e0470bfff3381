/**
 * The names of the files buildReport writes, so `deptsim report` can replace an old report whole
 * (and tell a report folder from anything else) without loading the renderer.
 */
export const REPORT_FILES = /^(report\.html|report\.md|plots\/.+)$/;
