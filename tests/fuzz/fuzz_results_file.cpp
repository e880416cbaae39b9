// libFuzzer target: readResultsFile, which reads evaluation results (JSON Lines) that users
// pass to `fakelens-cli evaluate --merge/--resume` and the GUI's evaluation panel. Bad input
// must end in fakelens::Error; anything else is a finding.
#include "FuzzTempFile.h"

#include "core/Error.h"
#include "evaluate/ResultsFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fakelens::fuzz::TempFile file(".jsonl");
    const std::string& path = file.write(data, size);
    try {
        const fakelens::ResultsFileContent content = fakelens::readResultsFile(path);
        // What the table code reads from every header; must not misbehave on odd values.
        (void)content.header.methods();
        (void)content.header.topK();
        (void)content.header.maxBudget();
    } catch (const fakelens::Error&) {
    }
    return 0;
}
