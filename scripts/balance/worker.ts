// One of the balance report's worker processes: runs the jobs it is sent, one at a time.
import { runJob, type Job } from './jobs';

process.on('message', (m: { index: number; job: Job }) => {
  process.send!({ index: m.index, result: runJob(m.job) });
});
