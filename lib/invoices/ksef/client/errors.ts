// KSeF answers a refusal in one of three shapes (open-api.json): the default ExceptionResponse,
// Problem Details (400 with `errors[]`), or a bare Problem Details for 401/403. One reader turns
// each into KsefRequestError with KSeF's own code, description and details.
import { KsefRequestError } from '../types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

type Detail = { code: number | null; description: string; details: string[] };

function detailsOf(body: unknown): Detail[] {
  if (!isRecord(body)) return [];
  // ExceptionResponse: { exception: { exceptionDetailList: [{ exceptionCode, exceptionDescription, details }] } }
  if (isRecord(body.exception) && Array.isArray(body.exception.exceptionDetailList)) {
    return body.exception.exceptionDetailList.filter(isRecord).map((d) => ({
      code: typeof d.exceptionCode === 'number' ? d.exceptionCode : null,
      description: typeof d.exceptionDescription === 'string' ? d.exceptionDescription : '',
      details: strings(d.details),
    }));
  }
  // BadRequestProblemDetails: { errors: [{ code, description, details }] }
  if (Array.isArray(body.errors)) {
    return body.errors.filter(isRecord).map((d) => ({
      code: typeof d.code === 'number' ? d.code : null,
      description: typeof d.description === 'string' ? d.description : '',
      details: strings(d.details),
    }));
  }
  // 401/403 Problem Details: { title, detail, reasonCode? }
  if (typeof body.detail === 'string' || typeof body.title === 'string') {
    const reason = typeof body.reasonCode === 'string' ? [body.reasonCode] : [];
    return [{ code: null, description: String(body.title ?? ''), details: [String(body.detail ?? ''), ...reason] }];
  }
  return [];
}

/** The first listed exception names the error; every detail of every exception is kept. */
export function ksefRequestErrorFrom(httpStatus: number, body: unknown, what: string): KsefRequestError {
  const all = detailsOf(body);
  const first = all[0];
  const details = all.flatMap((d) => d.details).filter(Boolean);
  const text = first ? [first.code, first.description].filter((x) => x !== null && x !== '').join(' ') : '';
  return new KsefRequestError(
    `KSeF refused ${what}: HTTP ${httpStatus}${text ? ` (${text})` : ''}${details.length ? `: ${details.join('; ')}` : ''}`,
    httpStatus,
    first?.code ?? null,
    details,
  );
}

/** KSeF's exception code of a refusal, if the error is one. */
export const ksefCodeOf = (e: unknown): number | null => (e instanceof KsefRequestError ? e.code : null);
