// Go's own fuzzer over the generated claw-proto parser, seeded with every conformance vector of
// schema/vectors. Properties, for every type: Parse never panics and fails only with an *Error of a
// spec kind, a one-line message and a JSON pointer; what it accepts, Marshal writes, and that text
// reads back to the same text (canonical form is a fixed point); bincode writes and reads the same
// value back. Whether serde agrees is the differential fuzz's job (tests/go/fuzz.test.ts).
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 60s
package gotests

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	p "claw-proto"
)

type check func(t *testing.T, data []byte)

// roundtrip checks the properties for one type.
func roundtrip[T any](parse func([]byte) (T, error), marshal func(T) ([]byte, error), enc func(T) ([]byte, error), dec func([]byte) (T, error)) check {
	return func(t *testing.T, data []byte) {
		v, err := parse(data)
		if err != nil {
			var e *p.Error
			if !errors.As(err, &e) {
				t.Fatalf("not an *Error: %v", err)
			}
			if e.Kind != p.InvalidMessage && e.Kind != p.UnknownMessageType {
				t.Fatalf("kind %q", e.Kind)
			}
			if strings.ContainsAny(e.Error(), "\n\r") {
				t.Fatalf("message of several lines: %q", e.Error())
			}
			if !pointer.MatchString(e.Pointer) {
				t.Fatalf("not a JSON pointer: %q", e.Pointer)
			}
			return
		}
		out, err := marshal(v)
		if err != nil {
			t.Fatalf("parsed, but Marshal fails: %v", err)
		}
		again, err := parse(out)
		if err != nil {
			t.Fatalf("Marshal wrote %s, which Parse rejects: %v", out, err)
		}
		out2, err := marshal(again)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("canonical form is not a fixed point: %s then %s (%v)", out, out2, err)
		}
		bin, err := enc(v)
		if err != nil {
			t.Fatalf("EncodeBincode fails: %v", err)
		}
		back, err := dec(bin)
		if err != nil {
			t.Fatalf("DecodeBincode rejects what EncodeBincode wrote (%x): %v", bin, err)
		}
		out3, err := marshal(back)
		if err != nil || !bytes.Equal(out, out3) {
			t.Fatalf("bincode changes the value: %s, then %s (%v)", out, out3, err)
		}
	}
}

var pointer = regexp.MustCompile(`^(/[^/]*)*$`)

var types = []struct {
	name  string
	check check
}{
	{"NodeMessage", roundtrip(p.ParseNodeMessage, p.MarshalNodeMessage, p.EncodeBincodeNodeMessage, p.DecodeBincodeNodeMessage)},
	{"GatewayMessage", roundtrip(p.ParseGatewayMessage, p.MarshalGatewayMessage, p.EncodeBincodeGatewayMessage, p.DecodeBincodeGatewayMessage)},
	{"NodeId", roundtrip(p.ParseNodeId, p.MarshalNodeId, p.EncodeBincodeNodeId, p.DecodeBincodeNodeId)},
	{"WorkloadId", roundtrip(p.ParseWorkloadId, p.MarshalWorkloadId, p.EncodeBincodeWorkloadId, p.DecodeBincodeWorkloadId)},
	{"Uuid", roundtrip(p.ParseUuid, p.MarshalUuid, p.EncodeBincodeUuid, p.DecodeBincodeUuid)},
	{"Timestamp", roundtrip(p.ParseTimestamp, p.MarshalTimestamp, p.EncodeBincodeTimestamp, p.DecodeBincodeTimestamp)},
	{"NodeCapabilities", roundtrip(p.ParseNodeCapabilities, p.MarshalNodeCapabilities, p.EncodeBincodeNodeCapabilities, p.DecodeBincodeNodeCapabilities)},
	{"GpuCapability", roundtrip(p.ParseGpuCapability, p.MarshalGpuCapability, p.EncodeBincodeGpuCapability, p.DecodeBincodeGpuCapability)},
	{"GpuMetricsProto", roundtrip(p.ParseGpuMetricsProto, p.MarshalGpuMetricsProto, p.EncodeBincodeGpuMetricsProto, p.DecodeBincodeGpuMetricsProto)},
	{"WorkloadState", roundtrip(p.ParseWorkloadState, p.MarshalWorkloadState, p.EncodeBincodeWorkloadState, p.DecodeBincodeWorkloadState)},
	{"Workload", roundtrip(p.ParseWorkload, p.MarshalWorkload, p.EncodeBincodeWorkload, p.DecodeBincodeWorkload)},
	{"WorkloadSpec", roundtrip(p.ParseWorkloadSpec, p.MarshalWorkloadSpec, p.EncodeBincodeWorkloadSpec, p.DecodeBincodeWorkloadSpec)},
	{"KeyValue", roundtrip(p.ParseKeyValue, p.MarshalKeyValue, p.EncodeBincodeKeyValue, p.DecodeBincodeKeyValue)},
	{"VolumeMount", roundtrip(p.ParseVolumeMount, p.MarshalVolumeMount, p.EncodeBincodeVolumeMount, p.DecodeBincodeVolumeMount)},
	{"RestartPolicy", roundtrip(p.ParseRestartPolicy, p.MarshalRestartPolicy, p.EncodeBincodeRestartPolicy, p.DecodeBincodeRestartPolicy)},
	{"WorkloadStatus", roundtrip(p.ParseWorkloadStatus, p.MarshalWorkloadStatus, p.EncodeBincodeWorkloadStatus, p.DecodeBincodeWorkloadStatus)},
	{"NodeConfig", roundtrip(p.ParseNodeConfig, p.MarshalNodeConfig, p.EncodeBincodeNodeConfig, p.DecodeBincodeNodeConfig)},
	{"WorkloadEvent", roundtrip(p.ParseWorkloadEvent, p.MarshalWorkloadEvent, p.EncodeBincodeWorkloadEvent, p.DecodeBincodeWorkloadEvent)},
	{"WorkloadEventKind", roundtrip(p.ParseWorkloadEventKind, p.MarshalWorkloadEventKind, p.EncodeBincodeWorkloadEventKind, p.DecodeBincodeWorkloadEventKind)},
	{"EventMetadata", roundtrip(p.ParseEventMetadata, p.MarshalEventMetadata, p.EncodeBincodeEventMetadata, p.DecodeBincodeEventMetadata)},
	{"ValidationError", roundtrip(p.ParseValidationError, p.MarshalValidationError, p.EncodeBincodeValidationError, p.DecodeBincodeValidationError)},
	{"ProtoError", roundtrip(p.ParseProtoError, p.MarshalProtoError, p.EncodeBincodeProtoError, p.DecodeBincodeProtoError)},
}

func typeIndex(name string) int {
	for i, t := range types {
		if t.name == name {
			return i
		}
	}
	return -1
}

// FuzzParse: the input is a type (its index, modulo the number of types) and a message.
func FuzzParse(f *testing.F) {
	vectors := filepath.Join("..", "..", "..", "schema", "vectors")
	raw, err := os.ReadFile(filepath.Join(vectors, "index.json"))
	if err != nil {
		f.Fatal(err)
	}
	var index map[string][]struct {
		File string `json:"file"`
		Type string `json:"type"`
	}
	if err := json.Unmarshal(raw, &index); err != nil {
		f.Fatal(err)
	}
	seeds := 0
	for _, entries := range index {
		for _, e := range entries {
			i := typeIndex(e.Type)
			if i < 0 {
				f.Fatalf("%s: the fuzz harness has no type %s", e.File, e.Type)
			}
			data, err := os.ReadFile(filepath.Join(vectors, e.File))
			if err != nil {
				f.Fatal(err)
			}
			f.Add(uint8(i), data)
			seeds++
		}
	}
	if seeds < 400 {
		f.Fatalf("only %d seed vectors", seeds)
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		types[int(which)%len(types)].check(t, data)
	})
}

// TestEveryType: the harness covers every type the schema declares (a new type fails here first).
func TestEveryType(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "generated", "go", "claw-codegen.model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var manifest struct {
		GeneratedFrom struct {
			Decls []struct {
				Name string `json:"name"`
			} `json:"decls"`
		} `json:"generatedFrom"`
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	if len(manifest.GeneratedFrom.Decls) != len(types) {
		t.Fatalf("the schema has %d types, the harness %d", len(manifest.GeneratedFrom.Decls), len(types))
	}
	for _, d := range manifest.GeneratedFrom.Decls {
		if typeIndex(d.Name) < 0 {
			t.Errorf("no fuzz check for %s", d.Name)
		}
	}
}
