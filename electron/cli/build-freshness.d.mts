// Types of build-freshness.mjs, which stays plain JavaScript: the launcher reads it before any build.
export declare const BUILT_CLI: string;
/** Why the build must be made again ('missing', or the first source file found newer), or null. */
export declare function staleBuild(root: string): string | null;
