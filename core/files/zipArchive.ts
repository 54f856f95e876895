import yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import { AppError } from '../model/errors';

/**
 * A zip reader for files we did not make (.docx, .odt, .qdpx). Researchers' files are zips,
 * and so are zip bombs and "zip slip" archives, so every archive is opened with limits:
 * entry names that climb out of the archive or are absolute are refused (yauzl validates
 * them), and decompression stops as soon as an entry or the whole archive grows past its
 * budget, whatever the archive's headers claim.
 */
/** A zip by its first bytes: a local file header, or the end record of an empty archive. */
export function isZipSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /**
   * Largest unpacked-to-packed ratio for a big entry (over 16 MB unpacked). Documents and
   * images compress a few times; a bomb compresses a thousand times.
   */
  maxRatio?: number;
}

export const defaultZipLimits: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
};

const RATIO_CHECK_FROM = 16 * 1024 * 1024;

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  declaredSize: number;
}

export interface ZipArchive {
  readonly entries: readonly ZipEntryInfo[];
  has(name: string): boolean;
  /** The entry's bytes; throws AppError('unsafe-file') when it inflates past the limits. */
  read(name: string): Promise<Buffer>;
  /** Inflate every entry once (discarding the bytes) to prove the archive is within limits. */
  verifyAll(): Promise<void>;
  close(): void;
}

function openFromBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) reject(err ?? new Error('no archive'));
      else resolve(zip);
    });
  });
}

function listEntries(zip: yauzl.ZipFile, fileName: string, limits: ZipLimits): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entries.size >= limits.maxEntries) {
        reject(new AppError('unsafe-file', `${fileName} holds more than ${limits.maxEntries} files; it is not a document Coherence can open safely.`));
        zip.close();
        return;
      }
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: Error) => reject(describeZipError(e, fileName)));
    zip.readEntry();
  });
}

function describeZipError(e: unknown, fileName: string): AppError {
  if (e instanceof AppError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/invalid relative path|absolute path|invalid characters in fileName/i.test(msg)) {
    return new AppError('unsafe-file', `${fileName} contains a file path that points outside the archive (${msg}); it was refused.`);
  }
  return new AppError('bad-file', `${fileName} is damaged or is not a zip-based file (${msg}).`);
}

export async function openZipArchive(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<ZipArchive> {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await openFromBuffer(buffer);
  } catch (e) {
    throw describeZipError(e, fileName);
  }
  zip.autoClose = false;
  const entries = await listEntries(zip, fileName, limits);
  let inflatedTotal = 0;

  const readEntry = (entry: yauzl.Entry, keep: boolean): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (limits.maxRatio && entry.uncompressedSize > RATIO_CHECK_FROM && ratio > limits.maxRatio) {
        reject(new AppError('unsafe-file', `${fileName} unpacks to far more data than it holds (a "zip bomb"); it was refused.`));
        return;
      }
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        reject(new AppError('unsafe-file', `${fileName}: the part "${entry.fileName}" would unpack to ${entry.uncompressedSize} bytes, more than Coherence accepts (${limits.maxEntryBytes}).`));
        return;
      }
      zip.openReadStream(entry, (err: Error | null, stream: Readable) => {
        if (err || !stream) {
          reject(describeZipError(err, fileName));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          inflatedTotal += chunk.length;
          if (size > limits.maxEntryBytes || inflatedTotal > limits.maxTotalBytes) {
            stream.destroy();
            reject(new AppError('unsafe-file', `${fileName} unpacks to far more data than it holds (a "zip bomb"); it was refused.`));
            return;
          }
          if (keep) chunks.push(chunk);
        });
        stream.on('error', (e: Error) => reject(describeZipError(e, fileName)));
        stream.on('end', () => resolve(keep ? Buffer.concat(chunks, size) : Buffer.alloc(0)));
      });
    });

  return {
    entries: [...entries.values()].map((e) => ({ name: e.fileName, compressedSize: e.compressedSize, declaredSize: e.uncompressedSize })),
    has: (name) => entries.has(name),
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new AppError('bad-file', `${fileName} has no part named "${name}".`);
      return readEntry(entry, true);
    },
    verifyAll: async () => {
      for (const entry of entries.values()) await readEntry(entry, false);
      inflatedTotal = 0;
    },
    close: () => zip.close(),
  };
}
