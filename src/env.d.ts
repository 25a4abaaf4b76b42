interface ImportMetaEnv {
  /** Everything but content that shapes the build, hashed (src/integrations/build-fingerprint.ts). */
  readonly BUILD_FINGERPRINT: string;
}
