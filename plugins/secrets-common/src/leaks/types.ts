import type { TokenFormatId } from './detectors/formats';
import type { KeyedVendorId } from './detectors/keyedVendors';
import type { VendorTokenId } from './detectors/tokenFormats';

/** Identifiers of the leak detectors, see `LEAK_DETECTORS`. */
export type LeakDetectorId =
  | VendorTokenId
  | TokenFormatId
  | KeyedVendorId
  | 'secret-in-text'
  | 'basic-auth-header'
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'private-key'
  | 'jwt'
  | 'url-password'
  | 'connection-string-password'
  | 'azure-storage-key'
  | 'datadog-api-key'
  | 'pagerduty-integration-key'
  | 'generic-secret'
  | 'password-field'
  | 'placeholder-credential';

/** A string in an entity that looks like secret material. */
export type LeakFinding = {
  /**
   * Where the value is, e.g. `spec.settings.password` or
   * `metadata.annotations["example.com/token"]`.
   */
  path: string;
  detector: LeakDetectorId;
  /** Names the kind of secret. Never contains the value or any part of it. */
  message: string;
};

/** One string value handed to the detectors. */
export type ScannedValue = {
  /** The whole string. */
  value: string;
  /**
   * The part of the string being scanned: all of it, or for long strings one
   * of the overlapping `MAX_SCANNED_LENGTH` windows that together cover it.
   * What detectors read.
   */
  head: string;
  /** The nearest property name above the value (array indexes are skipped). */
  key?: string;
};

export type LeakDetector = {
  id: LeakDetectorId;
  /** What the detector looks for, for documentation. */
  description: string;
  /** The finding message. Fixed text so that it can never echo the value. */
  message: string;
  /**
   * Fallback detectors run only when no other detector matched the value, and
   * only the first matching fallback reports.
   */
  fallback?: boolean;
  /**
   * Contextual detectors (a keyword followed by a random run) run only when no
   * format detector matched: a recognised token needs no second finding.
   */
  contextual?: boolean;
  /**
   * Literal text one of which every match contains; the detector is skipped
   * for values with none of them. Unset or empty: always run.
   */
  anchors?: readonly string[];
  test(value: ScannedValue): boolean;
};
