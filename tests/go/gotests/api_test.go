package gotests

// The generated package as a Go program uses it: constructors, the exhaustive visitor, the rule
// layer's errors, timestamps and UUIDs beyond what time.Time and strings say, encoding/json interop.

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	p "claw-proto"
)

// describe is a NodeMessageVisitor: the compiler checks it covers every variant.
type describe struct{}

func (describe) Register(m p.NodeMessageRegister) string { return "register " + m.Name }
func (describe) Heartbeat(m p.NodeMessageHeartbeat) string {
	return "heartbeat " + m.Timestamp.String()
}
func (describe) Metrics(m p.NodeMessageMetrics) string { return "metrics" }
func (describe) WorkloadUpdate(m p.NodeMessageWorkloadUpdate) string {
	return "update " + string(m.State)
}
func (describe) WorkloadLogs(m p.NodeMessageWorkloadLogs) string { return "logs" }

func TestVisitor(t *testing.T) {
	msg, err := p.ParseNodeMessage([]byte(`{"Heartbeat":{"node_id":"67E55044-10B1-426F-9247-BB680E5FE0C8","timestamp":"2016-12-31 23:59:60.5+00:00"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.VisitNodeMessage[string](msg, describe{}); got != "heartbeat 2016-12-31T23:59:60.500Z" {
		t.Fatalf("visit: %q", got)
	}
	// A pointer to a variant is a NodeMessage too, and visits the same.
	hb := msg.(p.NodeMessageHeartbeat)
	if got := p.VisitNodeMessage[string](&hb, describe{}); !strings.HasPrefix(got, "heartbeat") {
		t.Fatalf("visit pointer: %q", got)
	}
}

func TestNewIDs(t *testing.T) {
	v4 := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	a, b := p.NewNodeId(), p.NewNodeId()
	if !v4.MatchString(a.String()) || a == b {
		t.Fatalf("NewNodeId: %s, %s", a, b)
	}
	out, err := p.MarshalNodeId(a)
	if err != nil || string(out) != `"`+a.String()+`"` {
		t.Fatalf("MarshalNodeId: %s %v", out, err)
	}
}

func TestTimestamps(t *testing.T) {
	leap, err := p.ParseDateTime("2016-12-31T23:59:60Z")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := leap.Time(); ok {
		t.Fatal("a leap second has no time.Time")
	}
	far, err := p.ParseDateTime("+262143-12-31T23:59:59.999999999Z")
	if err != nil || far.String() != "+262143-12-31T23:59:59.999999999Z" {
		t.Fatalf("year 262143: %v %v", far, err)
	}
	if _, err := p.ParseDateTime("+262144-01-01T00:00:00Z"); err == nil {
		t.Fatal("year 262144 is beyond chrono")
	}
	now := time.Date(2024, 5, 1, 12, 30, 0, 120_000_000, time.FixedZone("x", 3600))
	ts := p.FromTime(now)
	if ts.String() != "2024-05-01T11:30:00.120Z" {
		t.Fatalf("FromTime: %s", ts)
	}
	if back, ok := ts.Time(); !ok || !back.Equal(now) {
		t.Fatalf("Time: %v %v", back, ok)
	}
	if _, err := p.MarshalTimestamp(p.DateTime{Unix: 1, Nanos: 1_500_000_000}); err == nil {
		t.Fatal("a leap second outside a minute's last second is no chrono value")
	}
}

func TestRules(t *testing.T) {
	spec, err := p.ParseWorkloadSpec([]byte(`{"image":"","command":null,"args":null,"env":[],"gpu_count":65,"gpu_memory_mb":null,"cpu_millicores":null,"memory_mb":null,"ports":[80,0],"volumes":[],"restart_policy":"Never"}`))
	if err != nil {
		t.Fatal(err)
	}
	problems := p.CheckWorkloadSpecRules(spec)
	want := []p.ValidationError{
		{Field: "image", Message: "image must not be empty"},
		{Field: "gpu_count", Message: "gpu_count must be at most 64, got 65"},
		{Field: "ports", Message: "ports[1] must be at least 1, got 0"},
	}
	if len(problems) != len(want) {
		t.Fatalf("rules: %v", problems)
	}
	for i := range want {
		if problems[i] != want[i] {
			t.Fatalf("rule %d: %v, want %v", i, problems[i], want[i])
		}
	}
	var first p.ValidationError
	if err := p.ValidateWorkloadSpec(spec); !errors.As(err, &first) || first != want[0] {
		t.Fatalf("ValidateWorkloadSpec: %v", err)
	}
}

func TestErrors(t *testing.T) {
	_, err := p.ParseNodeMessage([]byte(`{"Heartbeat":{"node_id":"67e55044-10b1-426f-9247-bb680e5fe0c8","timestamp":"2024-01-02T03:04:05Z","node_id":"x"}}`))
	var e *p.Error
	if !errors.As(err, &e) || e.Kind != p.InvalidMessage || e.Pointer != "/Heartbeat" || !strings.Contains(e.Message, "duplicate field `node_id`") {
		t.Fatalf("duplicate: %#v", err)
	}
	_, err = p.ParseNodeMessage([]byte(`{"Nope":{}}`))
	if !errors.As(err, &e) || e.Kind != p.UnknownMessageType {
		t.Fatalf("unknown: %#v", err)
	}
	_, err = p.MarshalWorkloadState(p.WorkloadState("Bogus"))
	if !errors.As(err, &e) || e.Kind != p.SerializationError {
		t.Fatalf("bogus state: %#v", err)
	}
	if _, err := p.MarshalNodeMessage(nil); !errors.As(err, &e) || e.Kind != p.SerializationError {
		t.Fatalf("nil message: %#v", err)
	}
	// A key with a line break stays on one line in the message.
	_, err = p.ParseVolumeMount([]byte("{\"a\\nb\":[1e400],\"host_path\":1}"))
	if err == nil || strings.ContainsAny(err.Error(), "\n") {
		t.Fatalf("one line: %q", err)
	}
}

// encoding/json users get serde's bytes through MarshalJSON, on every type and variant.
func TestEncodingJSON(t *testing.T) {
	type envelope struct {
		Message p.NodeMessage   `json:"message"`
		Seen    p.Timestamp     `json:"seen"`
		State   p.WorkloadState `json:"state"`
	}
	var id p.NodeId
	if err := json.Unmarshal([]byte(`"{67e55044-10b1-426f-9247-bb680e5fe0c8}"`), &id); err != nil {
		t.Fatal(err)
	}
	seen, _ := p.ParseDateTime("2024-01-02T03:04:05+01:00")
	out, err := json.Marshal(envelope{Message: p.NodeMessageHeartbeat{NodeID: id, Timestamp: seen}, Seen: seen, State: p.WorkloadStateRunning})
	want := `{"message":{"Heartbeat":{"node_id":"67e55044-10b1-426f-9247-bb680e5fe0c8","timestamp":"2024-01-02T02:04:05Z"}},"seen":"2024-01-02T02:04:05Z","state":"Running"}`
	if err != nil || string(out) != want {
		t.Fatalf("json.Marshal: %s %v", out, err)
	}
}
