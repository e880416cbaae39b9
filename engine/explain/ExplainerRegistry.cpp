#include "explain/ExplainerRegistry.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>

namespace fakelens {

namespace {

using Factory = std::unique_ptr<Explainer> (*)(const ExplainerSettings&);

struct Entry {
    const char* name;
    Factory make;
};

// The registry: one line per method, in display order.
const Entry kExplainers[] = {
    {"LIME", &makeLimeExplainer},
    {"SHAP", &makeShapExplainer},
    {"SOBOL", &makeSobolExplainer},
    {"RISE", &makeRiseExplainer},
};

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

const Entry* findEntry(const std::string& base) {
    const std::string key = upper(base);
    for (const Entry& e : kExplainers)
        if (key == e.name)
            return &e;
    return nullptr;
}

std::string knownNames() {
    std::string list;
    for (const Entry& e : kExplainers)
        list += (list.empty() ? "" : ", ") + std::string(e.name) + ", " + e.name + "_adv";
    return list + ", all";
}

} // namespace

std::vector<std::string> explainerNames() {
    std::vector<std::string> names;
    for (const Entry& e : kExplainers)
        names.emplace_back(e.name);
    return names;
}

std::unique_ptr<Explainer> createExplainer(const std::string& name, const ExplainerSettings& settings) {
    const Entry* entry = findEntry(trim(name));
    if (!entry)
        throw Error(ErrorCode::InvalidArgument, name,
                    "unknown explanation method; known: " + knownNames());
    return entry->make(settings);
}

MethodName parseMethodName(const std::string& text) {
    const std::string key = upper(trim(text));
    static const std::string suffix = "_ADV";
    MethodName method;
    std::string base = key;
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
        method.adversarial = true;
        base = key.substr(0, key.size() - suffix.size());
    }
    const Entry* entry = findEntry(base);
    if (!entry)
        throw Error(ErrorCode::InvalidArgument, text,
                    "unknown explanation method; known: " + knownNames());
    method.base = entry->name;
    return method;
}

std::vector<std::string> allMethodNames() {
    std::vector<std::string> names;
    for (const Entry& e : kExplainers) {
        names.emplace_back(e.name);
        names.push_back(std::string(e.name) + "_adv");
    }
    return names;
}

std::vector<std::string> expandMethodNames(const std::vector<std::string>& requested) {
    std::vector<std::string> names;
    auto add = [&](const std::string& name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    for (const std::string& entry : requested) {
        size_t start = 0;
        while (start <= entry.size()) {
            const size_t comma = entry.find(',', start);
            const std::string part = trim(entry.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!part.empty()) {
                if (upper(part) == "ALL")
                    for (const std::string& n : allMethodNames())
                        add(n);
                else
                    add(parseMethodName(part).display());
            }
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return names;
}

} // namespace fakelens
