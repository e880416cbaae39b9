#pragma once

#include <string>

namespace dlib {
class shape_predictor;
}

namespace fakelens {

// Who read a shape predictor file: FakeLens's reader of dlib's binary format, or dlib's own
// reader, which takes every file the first one does not reproduce exactly.
enum class ShapePredictorReadBy { FakeLens, Dlib };

// Reads a dlib shape predictor file, as dlib::serialize writes it, into `predictor`: the same
// object dlib::deserialize gives (re-serialised, the same bytes), in about half the time.
//
// Why a reader of our own: a fresh process must have dlib's ~100 MB 68-point landmark model
// before it can crop a face, and dlib's reader takes ~0.55 s of one core for it on the 2-core
// development machine, pulling each number through std::istream. This one decodes the file's
// bytes directly (~0.25 s). dlib keeps the model's anchor and offset tables private, so the object is
// built with shape_predictor's public constructor, which derives those tables from pixel
// coordinates; each coordinate is rebuilt from the file's anchor and offset and accepted only if
// the constructor's derivation gives the file's values back exactly. Anything this reader does
// not handle that way (a rounding that does not come back, dlib's old text format for numbers,
// a malformed file) goes to dlib::deserialize, whose result and error messages are the reference.
//
// Throws Error(ModelInvalid) when dlib cannot read the file either.
ShapePredictorReadBy readShapePredictor(const std::string& path, dlib::shape_predictor& predictor);

} // namespace fakelens
