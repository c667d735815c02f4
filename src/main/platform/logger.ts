export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export const consoleLogger = (prefix = 'timedeck'): Logger => ({
  info: (m, ...d) => console.log(`[${prefix}] ${m}`, ...d),
  warn: (m, ...d) => console.warn(`[${prefix}] ${m}`, ...d),
  error: (m, ...d) => console.error(`[${prefix}] ${m}`, ...d),
});

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
