// What a message to or from the office may carry: up to 3 files, PDF, JPEG, PNG or DOCX, judged by
// their bytes and never by the name or the browser's type (a renamed .exe is refused, a PDF named
// .txt is a PDF); size caps per file and per message. Pure: the route hands it the bytes.
import type { MessageCode } from '@/lib/i18n';

export const MAX_FILES = 3;
export const MAX_FILE_MB = 5;
export const MAX_TOTAL_MB = 10;
const MB = 1024 * 1024;

export type AttachmentType = { mimeType: string; extension: string };
export type UploadedFile = { name: string; bytes: Uint8Array };
export type CheckedFile = { fileName: string; mimeType: string; size: number; data: Uint8Array };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const at = (buf: Uint8Array, offset: number, bytes: number[]) => bytes.every((b, i) => buf[offset + i] === b);

/** The names of a zip's entries from its central directory, or null when it is no readable zip. */
export function zipEntryNames(buf: Uint8Array): string[] | null {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(p + 28, true);
    if (p + 46 + nameLength > buf.length) return null;
    names.push(new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return names;
}

/** A Word document is a zip holding word/document.xml; one with a VBA project carries macros. */
function sniffDocx(buf: Uint8Array): AttachmentType | 'macros' | null {
  const names = zipEntryNames(buf);
  if (!names || !names.includes('[Content_Types].xml') || !names.includes('word/document.xml')) return null;
  if (names.some((n) => /vbaProject\.bin$/i.test(n))) return 'macros';
  return { mimeType: DOCX_TYPE, extension: 'docx' };
}

/** The file's real type from its first bytes; `macros` for a Word file with a VBA project. */
export function sniffAttachment(buf: Uint8Array): AttachmentType | 'macros' | null {
  if (at(buf, 0, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mimeType: 'application/pdf', extension: 'pdf' };
  if (at(buf, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: 'image/png', extension: 'png' };
  if (at(buf, 0, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', extension: 'jpg' };
  if (at(buf, 0, [0x50, 0x4b, 0x03, 0x04])) return sniffDocx(buf);
  return null;
}

const EXTENSIONS: Record<string, string[]> = { pdf: ['pdf'], png: ['png'], jpg: ['jpg', 'jpeg'], docx: ['docx'] };

/** The name shown and saved: no folders or control characters, bounded, ending in the real type's extension. */
export function attachmentName(raw: string, type: AttachmentType): string {
  const base =
    raw
      .split(/[\\/]/)
      .pop()!
      .replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim()
      .slice(0, 120) || 'plik';
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
  return EXTENSIONS[type.extension].includes(ext) ? base : `${base}.${type.extension}`;
}

export type AttachmentCheck = { ok: true; files: CheckedFile[] } | { ok: false; reason: MessageCode };

/** The files as they will be stored, or the first reason to refuse them all (nothing half written). */
export function checkAttachments(files: readonly UploadedFile[]): AttachmentCheck {
  const refuse = (reason: MessageCode): AttachmentCheck => ({ ok: false, reason });
  if (files.length > MAX_FILES) return refuse({ code: 'languageOffice.errors.tooMany', params: [MAX_FILES] });
  const checked: CheckedFile[] = [];
  let total = 0;
  for (const f of files) {
    if (f.bytes.length === 0) return refuse({ code: 'languageOffice.errors.empty', params: [f.name] });
    if (f.bytes.length > MAX_FILE_MB * MB)
      return refuse({ code: 'languageOffice.errors.tooLarge', params: [f.name, MAX_FILE_MB] });
    total += f.bytes.length;
    const type = sniffAttachment(f.bytes);
    if (type === 'macros') return refuse({ code: 'languageOffice.errors.macros', params: [f.name] });
    if (!type) return refuse({ code: 'languageOffice.errors.badType', params: [f.name] });
    checked.push({
      fileName: attachmentName(f.name, type),
      mimeType: type.mimeType,
      size: f.bytes.length,
      data: f.bytes,
    });
  }
  if (total > MAX_TOTAL_MB * MB) return refuse({ code: 'languageOffice.errors.totalTooLarge', params: [MAX_TOTAL_MB] });
  return { ok: true, files: checked };
}

export const MAX_BODY_CHARS = 5000;

/** The message text as stored (trimmed), or why it cannot be sent. */
export function checkBody(raw: string): { ok: true; body: string } | { ok: false; reason: MessageCode } {
  const body = raw.replace(/\r\n/g, '\n').trim();
  if (!body) return { ok: false, reason: 'languageOffice.errors.bodyRequired' };
  if (body.length > MAX_BODY_CHARS)
    return { ok: false, reason: { code: 'languageOffice.errors.bodyTooLong', params: [MAX_BODY_CHARS] } };
  return { ok: true, body };
}
