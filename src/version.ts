/** Written into manifests; the key does not depend on it (it has its own schema version). */
export const TOOL_VERSION = 'pipekit 0.1.0';
