import { ConfigError, loadPlatformConfig, type PlatformConfig } from '@fleet/config';
import { createLogger, type Logger } from '@fleet/logging';

/**
 * The common main() of every process: load and validate configuration (exit 2 listing every problem),
 * run the body, exit 1 on a start-up failure, and close cleanly on SIGINT/SIGTERM.
 */
export function runService(
  name: string,
  body: (config: PlatformConfig, log: Logger) => Promise<() => Promise<void>>,
): void {
  let config: PlatformConfig;
  try {
    config = loadPlatformConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const log = createLogger(name, config.logLevel);
  body(config, log).then(
    (stop) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        log.info({ signal }, 'shutting down');
        stop().then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'unclean shutdown');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    },
    (error: unknown) => {
      log.fatal({ err: error }, 'start-up failed');
      process.exit(1);
    },
  );
}
