/**
 * Choices the emulator makes where AWS's behaviour is undocumented (cloudhsmv2-api.md §7 "UNDOC",
 * observed-aws-behaviour.md "NONE"/"low"): How input that breaks the model is answered. Kept beside the code they
 * steer; the package README lists each as `UNDOC.<name>` under "Undocumented behaviour".
 */
export const VALIDATION_CHOICES = {
  /** Unknown input members are ignored, as many AWS JSON services do (cloudhsmv2-api.md §7.2). */
  ignoreUnknownMembers: true,
  /** A member of the wrong JSON type (a number for a string, a string for a list) cannot be deserialized:
   * 400 SerializationException, as AWS JSON services answer (observed §8, by analogy), rather than a validation
   * error. false: report it with the constraint violations as CloudHsmInvalidRequestException. */
  wrongJsonTypeIsSerializationError: true,
} as const;
