import { icuNetworkModel } from '@samenspel/icu-model';
import { describe, expect, it } from 'vitest';
import { handleMessages } from './handle-messages.js';
import type { WorkerResponse } from './protocol.js';

describe('handleMessages', () => {
  it('answers a run with one done message whose arrays share one transferable buffer per result', () => {
    const posted: [WorkerResponse, ArrayBuffer[]][] = [];
    const handle = handleMessages((m, t) => posted.push([m, t]));
    handle({ id: 1, kind: 'run', payload: { model: { key: 1, model: icuNetworkModel }, scenario: {} } });
    expect(posted.length).toBe(1);
    const [message, transfer] = posted[0]!;
    expect(message).toMatchObject({ id: 1, kind: 'done', job: 'run' });
    expect(transfer.length).toBe(1);
    if (message.kind === 'done' && message.job === 'run') {
      expect(message.payload.main.time.buffer).toBe(transfer[0]);
      expect(message.payload.main.series.trust?.buffer).toBe(transfer[0]);
    }
  });

  it('turns a model key it does not hold, and anything thrown, into error messages', () => {
    const posted: WorkerResponse[] = [];
    const handle = handleMessages((m) => posted.push(m));
    handle({ id: 7, kind: 'run', payload: { model: { key: 42 }, scenario: {} } });
    expect(posted[0]).toMatchObject({ id: 7, kind: 'error', payload: { name: 'Error' } });
    expect(JSON.stringify(posted[0])).toMatch(/no model with key 42/);
  });
});
