import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download } from '@playwright/test';

/** The text of a downloaded PDF, read with poppler's pdftotext (installed by .ci/run). */
export async function pdfText(download: Download): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planeta-pdf-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfTextOfBuffer(buf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planeta-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
