/**
 * Stage 1a: bytes → text. Detects BOMs (UTF-8, UTF-16 LE/BE), binary files,
 * and falls back to the legacy Vietnamese code page Windows-1258.
 */
import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'unreadable' | 'unsupported'; detail: string };

const SIGNATURES: Array<{ bytes: number[]; what: string; reason: 'unreadable' | 'unsupported' }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image', reason: 'unreadable' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG image', reason: 'unreadable' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF image', reason: 'unreadable' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF document', reason: 'unsupported' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'ZIP archive (a .docx or similar)',
    reason: 'unsupported',
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'legacy Office document', reason: 'unsupported' },
];

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** Decodes an article file's bytes, or says why it cannot be read as text. */
export function decodeArticleBytes(buf: Uint8Array): DecodeResult {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return utf8(buf.subarray(3), 'utf-8 (BOM)');
  if (startsWith(buf, [0xff, 0xfe]))
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(buf.subarray(2)),
      encoding: 'utf-16le',
    };
  if (startsWith(buf, [0xfe, 0xff]))
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(buf.subarray(2)),
      encoding: 'utf-16be',
    };
  for (const sig of SIGNATURES) {
    if (startsWith(buf, sig.bytes))
      return { ok: false, reason: sig.reason, detail: `a ${sig.what}, not text` };
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0))
    return { ok: false, reason: 'unreadable', detail: 'binary content (NUL bytes), not text' };
  const asUtf8 = utf8(buf, 'utf-8');
  if (asUtf8.ok) return asUtf8;
  return {
    ok: true,
    text: iconv.decode(Buffer.from(buf), 'windows-1258'),
    encoding: 'windows-1258',
  };
}

function utf8(buf: Uint8Array, encoding: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding };
  } catch {
    return { ok: false, reason: 'unreadable', detail: 'invalid UTF-8' };
  }
}
