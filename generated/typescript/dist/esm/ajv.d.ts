export declare const ajvNodeMessage: typeof validate21;
declare function validate23(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate22(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate27(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate26(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate31(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate34(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate37(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate40(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate21(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const ajvGatewayMessage: typeof validate44;
declare function validate45(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate51(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate53(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate55(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate50(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate58(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate48(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate44(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const ajvNodeId: typeof validate22;
export declare const ajvWorkloadId: typeof validate37;
export declare const ajvUuid: typeof validate23;
export declare const ajvTimestamp: typeof validate31;
export declare const ajvNodeCapabilities: typeof validate26;
export declare const ajvGpuCapability: typeof validate27;
export declare const ajvGpuMetricsProto: typeof validate34;
export declare const ajvWorkloadState: typeof validate40;
export declare const ajvWorkload: typeof validate48;
export declare const ajvWorkloadSpec: typeof validate50;
export declare const ajvKeyValue: typeof validate51;
export declare const ajvVolumeMount: typeof validate53;
export declare const ajvRestartPolicy: typeof validate55;
export declare const ajvWorkloadStatus: typeof validate58;
export declare const ajvNodeConfig: typeof validate45;
export declare const ajvWorkloadEvent: typeof validate71;
declare function validate72(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate76(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
declare function validate71(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const ajvWorkloadEventKind: typeof validate72;
export declare const ajvEventMetadata: typeof validate76;
export declare const ajvValidationError: typeof validate80;
declare function validate80(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const ajvProtoError: typeof validate81;
declare function validate81(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export {};
