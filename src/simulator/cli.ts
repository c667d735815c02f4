import { systemClock } from '../shared/time/clock';
import { startSimulator } from './index';

/** `npm run sim -- [--port N] [--seed S] [--tier self-serve|enterprise]` */
function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const portArg = option('port');
const port = portArg === undefined ? 0 : Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not ${portArg}`);
  process.exit(2);
}
const tier = option('tier');
if (tier !== undefined && tier !== 'self-serve' && tier !== 'enterprise') {
  console.error(`--tier must be self-serve or enterprise, not ${tier}`);
  process.exit(2);
}

const sim = await startSimulator({ clock: systemClock, port, seed: option('seed'), tier });
console.log(`X simulator at ${sim.url}`);
console.log(`/__sim/ controls need the header X-Sim-Control-Token: ${sim.controlToken}`);

const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
