#pragma once

#include <map>
#include <string>
#include <vector>

namespace fakelens {

// How "--samples N" (CLI explain, report, analyse, evaluate; the workbench's evaluation setting)
// sets one parameter: not at all, to N, or to N/64 rounded down to a power of two, at least 2
// (SOBOL's designs: Sobol sequences are balanced in 2^k points).
enum class SamplesScaling { Fixed, Samples, PowerOfTwoOfSamplesOver64 };

// One tunable parameter of a method, as its descriptor declares it. The default is the paper's.
struct ParameterSpec {
    std::string key;          // "samples", "kernel_width" (snake case; the CLI's --param method.key)
    std::string label;        // "samples", "kernel width" (English; translated at display)
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    bool integer = true;
    SamplesScaling scaling = SamplesScaling::Fixed;
};

// The explainers' parameters as one keyed set ("LIME" / "samples" -> 2000), validated by the
// methods' descriptors: an unknown method or key, a value out of range or not a number is an
// Error(InvalidArgument) naming method and key, never a silent default. A new set holds every
// registered method's defaults (the paper's, section 4.3).
class ExplainerSettings {
public:
    ExplainerSettings();

    double value(const std::string& method, const std::string& key) const;
    int integer(const std::string& method, const std::string& key) const;
    // Throws Error(InvalidArgument) with "method.key" for an unknown method or key, a value out of
    // the descriptor's range, or a fraction for an integer parameter.
    void set(const std::string& method, const std::string& key, double value);
    // "lime.samples=2000" (method case-insensitive); throws like set(), and for text that is not
    // "method.key=number".
    void assign(const std::string& assignment);

    // The one rule for "--samples N": every parameter scaled as its descriptor says.
    void scaleToSamples(int samples);
    // The N these settings were scaled to: the first parameter that takes "--samples" as it is
    // (after scaleToSamples(N), N; with the defaults, the paper's 2000).
    int samples() const;

    // Every (method, key) -> value, methods in registry order.
    const std::map<std::string, std::map<std::string, double>>& values() const { return values_; }

    int batchSize = 64; // images per detector call

    bool operator==(const ExplainerSettings& other) const {
        return values_ == other.values_ && batchSize == other.batchSize;
    }
    bool operator!=(const ExplainerSettings& other) const { return !(*this == other); }

private:
    std::map<std::string, std::map<std::string, double>> values_;
};

inline ExplainerSettings scaledToSamples(ExplainerSettings settings, int samples) {
    settings.scaleToSamples(samples);
    return settings;
}

// A parameter's name where a flat key is needed: "lime" + "kernel_width" -> "limeKernelWidth"
// (case files and QSettings keep the names they had before descriptors).
std::string camelParameterName(const std::string& method, const std::string& key);

} // namespace fakelens
