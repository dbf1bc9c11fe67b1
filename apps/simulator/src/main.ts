// Entry point of the demo-fleet simulator: `npm run simulate -- --help`.
import { runSimulatorCli } from '@fleet/simulator';

process.exitCode = await runSimulatorCli(process.argv.slice(2));
