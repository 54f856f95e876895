export declare function targetFromContext(context: { electronPlatformName: string; arch: number | string }): {
  platform: string;
  arch: string;
};
declare function beforePack(context: { electronPlatformName: string; arch: number | string }): Promise<void>;
export default beforePack;
