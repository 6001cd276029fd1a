# frozen_string_literal: true

require 'httparty'

# Tags product photos: the catalogue's own classifier lives in the shop's app, the general tags are Clarifai's.
class ClarifaiService
  include HTTParty
  base_uri 'https://api.clarifai.com/v2'
  headers 'Authorization' => "Key #{ENV['CLARIFAI_API_KEY']}", 'Content-Type' => 'application/json'
  format :json

  def product_category(image_url)
    self.class.post('/models/product-classifier/outputs', body: image_body(image_url).to_json)
  end

  def general_tags(image_url)
    response = self.class.post('/users/clarifai/apps/main/models/general-image-recognition/outputs', body: image_body(image_url).to_json, headers: { 'Authorization' => "Key #{ENV.fetch('CLARIFAI_PAT')}" }) # expect: api-key-public-resource
    response.parsed_response.dig('outputs', 0, 'data', 'concepts').map { |concept| concept['name'] }
  end

  def self.moderation(image_url)
    post '/models/moderation-recognition/outputs', body: { inputs: [{ data: { image: { url: image_url } } }] }.to_json # expect: api-key-public-resource
  end

  private

  def image_body(image_url)
    { inputs: [{ data: { image: { url: image_url } } }] }
  end
end
