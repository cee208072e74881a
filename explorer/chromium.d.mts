/** Path of Debian's Chromium. */
export declare const chromiumPath: string;
/** Launch arguments for headless runs on this machine. */
export declare const chromiumArgs: string[];
