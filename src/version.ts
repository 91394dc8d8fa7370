/** The SDK version, stamped into decisions so a stored result can be traced to the code that made it. */
export const VERSION = '0.1.0';
