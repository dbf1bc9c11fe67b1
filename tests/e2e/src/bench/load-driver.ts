// A load generator process: the demo-fleet simulator in load mode, steered by its parent over IPC so that each
// step of the benchmark can pause it, wait for the platform to drain, and count exactly what was sent.
import { startSimulator, type SimulatorHandle } from '@fleet/simulator';
import type { DriverCommand, DriverReply } from './load-driver-protocol.js';

let handle: SimulatorHandle | undefined;
// Without its parent nobody counts what this sends: stop rather than load the platform on.
process.on('disconnect', () => process.exit(0));
const reply = (message: DriverReply) => process.send?.(message);

process.on('message', (command: DriverCommand) => {
  switch (command.type) {
    case 'start': {
      const startedMs = Date.now();
      startSimulator(command.options).then(
        (h) => {
          handle = h;
          reply({ type: 'started', connectMs: Date.now() - startedMs });
        },
        (error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    case 'pause':
      handle?.pause();
      return;
    case 'resume':
      handle?.resume();
      return;
    case 'stats':
      if (handle) reply({ type: 'stats', stats: handle.stats() });
      return;
    case 'stop':
      if (!handle) return void process.exit(0);
      void handle.stop().then(() => {
        if (handle) reply({ type: 'stopped', stats: handle.stats() });
        process.disconnect?.();
      });
      return;
  }
});
