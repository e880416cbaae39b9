#include "explain/ExplainerSettings.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "explain/MethodDescriptor.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace fakelens {

namespace {

std::string lower(std::string text) {
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string subject(const std::string& method, const std::string& key) {
    return lower(method) + "." + key;
}

std::string number(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value)); // 1000000, not 1e+06
    std::ostringstream out;
    out << value;
    return out.str();
}

const ParameterSpec& specOf(const MethodDescriptor& method, const std::string& key) {
    for (const ParameterSpec& spec : method.parameters)
        if (spec.key == key)
            return spec;
    std::string known;
    for (const ParameterSpec& spec : method.parameters)
        known += (known.empty() ? "" : ", ") + spec.key;
    throw Error(ErrorCode::InvalidArgument, subject(method.name, key),
                "unknown parameter of " + method.name + "; its parameters: " +
                    (known.empty() ? std::string("none") : known));
}

} // namespace

ExplainerSettings::ExplainerSettings() {
    for (const MethodDescriptor* method : methodDescriptors())
        for (const ParameterSpec& spec : method->parameters)
            values_[method->name][spec.key] = spec.defaultValue;
}

double ExplainerSettings::value(const std::string& method, const std::string& key) const {
    const MethodDescriptor& descriptor = methodDescriptor(method);
    specOf(descriptor, key);
    return values_.at(descriptor.name).at(key);
}

int ExplainerSettings::integer(const std::string& method, const std::string& key) const {
    return int(std::lround(value(method, key)));
}

void ExplainerSettings::set(const std::string& method, const std::string& key, double value) {
    const MethodDescriptor& descriptor = methodDescriptor(method);
    const ParameterSpec& spec = specOf(descriptor, key);
    const std::string where = subject(descriptor.name, key);
    if (!std::isfinite(value) || value < spec.minimum || value > spec.maximum)
        throw Error(ErrorCode::InvalidArgument, where,
                    number(value) + " is out of range for " + descriptor.name + "'s " + spec.label + " (" +
                        number(spec.minimum) + " to " + number(spec.maximum) + ")");
    if (spec.integer && value != std::floor(value))
        throw Error(ErrorCode::InvalidArgument, where,
                    number(value) + " is not a whole number; " + descriptor.name + "'s " + spec.label +
                        " counts");
    values_[descriptor.name][key] = value;
}

void ExplainerSettings::assign(const std::string& assignment) {
    const size_t dot = assignment.find('.');
    const size_t equals = assignment.find('=');
    if (dot == std::string::npos || equals == std::string::npos || dot > equals)
        throw Error(ErrorCode::InvalidArgument, assignment,
                    "a method parameter is written method.key=value, e.g. " + [] {
                        for (const MethodDescriptor* m : methodDescriptors())
                            if (!m->parameters.empty())
                                return lower(m->name) + "." + m->parameters.front().key + "=" +
                                       number(m->parameters.front().defaultValue);
                        return std::string("method.key=value");
                    }());
    const std::string method = assignment.substr(0, dot);
    const std::string key = assignment.substr(dot + 1, equals - dot - 1);
    const std::string text = assignment.substr(equals + 1);
    const MethodDescriptor& descriptor = methodDescriptor(method);
    const ParameterSpec& spec = specOf(descriptor, key);
    char* end = nullptr;
    const double parsed = text.empty() ? 0.0 : std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size())
        throw Error(ErrorCode::InvalidArgument, subject(descriptor.name, key),
                    "\"" + text + "\" is not a number; " + descriptor.name + "'s " + spec.label + " takes " +
                        (spec.integer ? "a whole number" : "a number") + " from " + number(spec.minimum) +
                        " to " + number(spec.maximum));
    set(descriptor.name, key, parsed);
}

void ExplainerSettings::scaleToSamples(int samples) {
    int designs = 2;
    while (designs * 2 <= samples / 64)
        designs *= 2;
    for (const MethodDescriptor* method : methodDescriptors())
        for (const ParameterSpec& spec : method->parameters) {
            if (spec.scaling == SamplesScaling::Samples)
                values_[method->name][spec.key] = samples;
            else if (spec.scaling == SamplesScaling::PowerOfTwoOfSamplesOver64)
                values_[method->name][spec.key] = designs;
        }
}

int ExplainerSettings::samples() const {
    for (const MethodDescriptor* method : methodDescriptors())
        for (const ParameterSpec& spec : method->parameters)
            if (spec.scaling == SamplesScaling::Samples)
                return int(std::lround(values_.at(method->name).at(spec.key)));
    return 0;
}

std::string camelParameterName(const std::string& method, const std::string& key) {
    std::string name = lower(method);
    bool upperNext = true;
    for (char c : key) {
        if (c == '_') {
            upperNext = true;
            continue;
        }
        name += upperNext ? char(std::toupper(static_cast<unsigned char>(c))) : c;
        upperNext = false;
    }
    return name;
}

} // namespace fakelens
