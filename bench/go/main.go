// Command gobench times the generated Go package (claw-proto, generated/go) parsing and serializing
// the bench corpus against encoding/json into plain structs of the same shape (plain.go): medians of
// interleaved rounds over the whole corpus, and their ratios. Input: JSON lines {"type": T, "text": S}
// (bench/go/run.js writes the 10k corpus). Output: one JSON object on stdout.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"

	p "claw-proto"
)

type entry struct {
	Type string `json:"type"`
	Text string `json:"text"`
	node bool
	data []byte
}

type op struct {
	name string
	run  func() int // returns a byte count, so the work is not optimized away
}

var sink int

func main() {
	corpusFile := flag.String("corpus", "", "JSON lines of the corpus")
	rounds := flag.Int("rounds", 15, "timed rounds per operation")
	flag.Parse()
	entries := load(*corpusFile)

	// The values once, for the serializers; and the check that both paths read every message.
	ours := make([]any, len(entries))
	plain := make([]any, len(entries))
	exact := 0
	for i, e := range entries {
		var err error
		if e.node {
			ours[i], err = p.ParseNodeMessage(e.data)
			var v plainNodeMessage
			must(json.Unmarshal(e.data, &v))
			plain[i] = &v
		} else {
			ours[i], err = p.ParseGatewayMessage(e.data)
			var v plainGatewayMessage
			must(json.Unmarshal(e.data, &v))
			plain[i] = &v
		}
		must(err)
		if out, _ := json.Marshal(plain[i]); bytes.Equal(out, e.data) {
			exact++
		}
	}

	ops := []op{
		{"parse: claw-proto ParseNodeMessage / ParseGatewayMessage", func() int {
			n := 0
			for _, e := range entries {
				if e.node {
					v, _ := p.ParseNodeMessage(e.data)
					n += sizeOf(v)
				} else {
					v, _ := p.ParseGatewayMessage(e.data)
					n += sizeOf(v)
				}
			}
			return n
		}},
		{"parse: encoding/json Unmarshal into plain structs", func() int {
			n := 0
			for _, e := range entries {
				if e.node {
					var v plainNodeMessage
					_ = json.Unmarshal(e.data, &v)
					n += sizeOf(v.Metrics)
				} else {
					var v plainGatewayMessage
					_ = json.Unmarshal(e.data, &v)
					n += sizeOf(v.Ping)
				}
			}
			return n
		}},
		{"serialize: claw-proto MarshalNodeMessage / MarshalGatewayMessage", func() int {
			n := 0
			for i, e := range entries {
				var out []byte
				if e.node {
					out, _ = p.MarshalNodeMessage(ours[i].(p.NodeMessage))
				} else {
					out, _ = p.MarshalGatewayMessage(ours[i].(p.GatewayMessage))
				}
				n += len(out)
			}
			return n
		}},
		{"serialize: encoding/json Marshal of plain structs", func() int {
			n := 0
			for i := range entries {
				out, _ := json.Marshal(plain[i])
				n += len(out)
			}
			return n
		}},
	}
	times := make([][]float64, len(ops))
	for i := range ops {
		ops[i].run() // warm up
	}
	for r := 0; r < *rounds; r++ {
		for k := range ops {
			o := ops[(k+r)%len(ops)] // rotate the order, so drift spreads over all of them
			runtime.GC()
			start := time.Now()
			sink += o.run()
			times[(k+r)%len(ops)] = append(times[(k+r)%len(ops)], time.Since(start).Seconds())
		}
	}
	med := make([]float64, len(ops))
	rows := []map[string]any{}
	for i, o := range ops {
		med[i] = median(times[i])
		rows = append(rows, map[string]any{
			"name":           o.name,
			"medianMs":       round(med[i] * 1e3),
			"messagesPerSec": round(float64(len(entries)) / med[i]),
		})
	}
	out := map[string]any{
		"go":                       runtime.Version(),
		"messages":                 len(entries),
		"rounds":                   *rounds,
		"rows":                     rows,
		"parseSpeedup":             round(med[1] / med[0]),
		"serializeSpeedup":         round(med[3] / med[2]),
		"encodingJSONExactOutputs": exact,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	must(enc.Encode(out))
}

func load(file string) []entry {
	f, err := os.Open(file)
	must(err)
	defer f.Close()
	var out []entry
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1<<20), 1<<26)
	for s.Scan() {
		var e entry
		must(json.Unmarshal(s.Bytes(), &e))
		e.node = e.Type == "NodeMessage"
		e.data = []byte(e.Text)
		out = append(out, e)
	}
	must(s.Err())
	if len(out) == 0 {
		must(fmt.Errorf("empty corpus %q", file))
	}
	return out
}

func sizeOf(v any) int {
	if v == nil {
		return 0
	}
	return 1
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func round(x float64) float64 {
	if x >= 100 {
		return float64(int64(x + 0.5))
	}
	return float64(int64(x*1000+0.5)) / 1000
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gobench:", err)
		os.Exit(1)
	}
}
