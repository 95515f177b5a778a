import { readdirSync, readFileSync } from 'node:fs';

// Linux's USER_HZ: /proc reports CPU time in ticks of 10 ms.
const TICK_MS = 10;

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

// User + system CPU of one process, in ms.
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

// The bench server's postmaster and its children (backends come and go during a run), found
// through the pid file of its data folder; without one (DATABASE_URL), every process named
// postgres on the machine, which may include other servers.
function postgresCpuMs(postmasterPid: number | null): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const pid = Number(entry);
      if (postmasterPid === null || pid === postmasterPid || parentOf(pid) === postmasterPid) total += cpuMs(pid);
    } catch {
      // gone already
    }
  }
  return total;
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

// CPU time all cores spent busy, in ms; what the three processes above do not account for was
// spent by something else on the machine, which makes a run's figures less trustworthy.
function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

export interface CpuSplit {
  apiMs: number;
  postgresMs: number;
  loadGeneratorMs: number;
  otherMs: number;
}

// Samples the API's RSS while a scenario runs, and splits the CPU it took between the API,
// PostgreSQL and this process (the load generator shares the machine's two cores).
export function watchProcesses(
  apiPid: number,
  postgresPid: number | null,
): { stop(): { startRssMb: number; maxRssMb: number; cpu: CpuSplit } } {
  const startRssMb = rssMb(apiPid);
  let maxRssMb = startRssMb;
  const timer = setInterval(() => {
    try {
      maxRssMb = Math.max(maxRssMb, rssMb(apiPid));
    } catch {
      // the API exited; the run will report the failure
    }
  }, 250);
  const api0 = cpuMs(apiPid);
  const pg0 = postgresCpuMs(postgresPid);
  const self0 = process.cpuUsage();
  const busy0 = machineBusyMs();
  return {
    stop() {
      clearInterval(timer);
      const self = process.cpuUsage(self0);
      const apiMs = cpuMs(apiPid) - api0;
      // Backends that exit during the run take their CPU time with them; never below zero.
      const postgresMs = Math.max(0, postgresCpuMs(postgresPid) - pg0);
      const loadGeneratorMs = (self.user + self.system) / 1000;
      const otherMs = Math.max(0, machineBusyMs() - busy0 - apiMs - postgresMs - loadGeneratorMs);
      return { startRssMb, maxRssMb, cpu: { apiMs, postgresMs, loadGeneratorMs, otherMs } };
    },
  };
}
